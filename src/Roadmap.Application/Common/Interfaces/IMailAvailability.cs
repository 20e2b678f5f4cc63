namespace Roadmap.Application.Common.Interfaces;

/// <summary>
/// Whether the platform can send mail at all. A page that would mail a secret (a reset link) asks
/// first, and says whom to contact instead of creating a secret nobody receives. The SMTP sender
/// (issue 12) registers itself with <see cref="CanSend"/> true.
/// </summary>
public interface IMailAvailability
{
    bool CanSend { get; }
}
