using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class WorkshopRaisedHandConfiguration : IEntityTypeConfiguration<RaisedHand>
{
    public void Configure(EntityTypeBuilder<RaisedHand> builder)
    {
        builder.ToTable("WorkshopRaisedHands");
        builder.Property(h => h.ParticipantKey).HasMaxLength(ParticipantIdentity.KeyMaxLength);
        builder.Property(h => h.DisplayName).HasMaxLength(Attendance.NameMaxLength);
        builder.HasOne<Workshop>().WithMany().HasForeignKey(h => h.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.WorkshopId, h.ParticipantKey }).IsUnique();
        builder.HasIndex(h => new { h.WorkshopId, h.RaisedAt });
    }
}
