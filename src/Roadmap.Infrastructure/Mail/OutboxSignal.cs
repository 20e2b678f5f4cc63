using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Infrastructure.Mail;

/// <summary>Wakes this node's outbox worker after a commit that wrote mails; many signals before it wakes count as one.</summary>
internal sealed class OutboxSignal : IOutboxSignal, IDisposable
{
    private readonly SemaphoreSlim _written = new(0, 1);

    public void MailWritten()
    {
        try
        {
            _written.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled and not yet seen: the worker will find every mail written so far.
        }
    }

    /// <summary>True when woken by a signal, false when <paramref name="timeout"/> passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _written.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _written.Dispose();
}
