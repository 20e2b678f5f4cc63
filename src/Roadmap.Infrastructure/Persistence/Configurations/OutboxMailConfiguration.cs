using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> builder)
    {
        builder.ToTable("OutboxMails");
        builder.Property(m => m.ToAddress).HasMaxLength(OutboxMail.AddressMaxLength);
        builder.Property(m => m.ToName).HasMaxLength(OutboxMail.NameMaxLength);
        builder.Property(m => m.Subject).HasMaxLength(OutboxMail.SubjectMaxLength);
        builder.Property(m => m.UnsubscribeUrl).HasMaxLength(OutboxMail.LinkMaxLength);
        builder.Property(m => m.AttachmentName).HasMaxLength(OutboxMail.AttachmentNameMaxLength);
        builder.Property(m => m.AttachmentContentType).HasMaxLength(OutboxMail.ContentTypeMaxLength);
        builder.Property(m => m.DedupeKey).HasMaxLength(OutboxMail.DedupeKeyMaxLength);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMail.ErrorMaxLength);
        builder.Property(m => m.ClaimedBy).HasMaxLength(OutboxMail.WorkerMaxLength);

        // A deleted account takes its mails with it: they hold its address and, often, a secret link.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.DedupeKey).IsUnique();

        // The worker's question: pending mails due now.
        builder.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
    }
}
