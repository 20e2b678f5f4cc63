using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Audit;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.ActorName).HasMaxLength(AuditEntry.ActorNameMaxLength);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        builder.Property(e => e.Subject).HasMaxLength(AuditEntry.SubjectMaxLength);
        builder.Property(e => e.Before).HasMaxLength(AuditEntry.StateMaxLength);
        builder.Property(e => e.After).HasMaxLength(AuditEntry.StateMaxLength);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.RoadmapId, e.At });
        builder.HasIndex(e => new { e.ActorId, e.At });
    }
}
