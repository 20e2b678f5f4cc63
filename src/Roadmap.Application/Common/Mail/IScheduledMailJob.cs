using MediatR;

namespace Roadmap.Application.Common.Mail;

/// <summary>
/// A command the web host's mail scheduler sends every round (<c>Mail:ScheduleSeconds</c>) on every
/// node: it turns what is due (notifications, digests, reminders) into outbox mails. It must have a
/// parameterless constructor, read the time from <see cref="TimeProvider"/>, and be safe when two
/// nodes run it at once (a unique <see cref="Domain.Mail.MailExtras.DedupeKey"/> or a conditional update).
/// Returns how many mails it wrote.
/// </summary>
public interface IScheduledMailJob : IRequest<int>;
