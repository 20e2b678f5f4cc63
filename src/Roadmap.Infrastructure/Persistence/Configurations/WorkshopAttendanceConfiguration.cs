using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class WorkshopAttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.ToTable("WorkshopAttendances");
        builder.Property(a => a.ParticipantKey).HasMaxLength(ParticipantIdentity.KeyMaxLength);
        builder.Property(a => a.DisplayName).HasMaxLength(Attendance.NameMaxLength);
        builder.HasOne<Workshop>().WithMany().HasForeignKey(a => a.WorkshopId).OnDelete(DeleteBehavior.Cascade);

        // One attendance per participant and workshop: two devices or a reconnect share it.
        builder.HasIndex(a => new { a.WorkshopId, a.ParticipantKey }).IsUnique();
        builder.HasIndex(a => a.UserId);
    }
}
