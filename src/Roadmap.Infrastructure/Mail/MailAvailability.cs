using Roadmap.Application.Common.Interfaces;
namespace Roadmap.Infrastructure.Mail;

internal sealed class MailAvailability(bool canSend) : IMailAvailability
{
    public bool CanSend { get; } = canSend;
}
