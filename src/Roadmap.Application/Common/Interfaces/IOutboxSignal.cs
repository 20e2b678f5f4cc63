namespace Roadmap.Application.Common.Interfaces;

/// <summary>Wakes the outbox worker once mails are committed, so they leave now rather than at its next poll.</summary>
public interface IOutboxSignal
{
    void MailWritten();
}
