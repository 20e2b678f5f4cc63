using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class WorkshopIdeaConfiguration : IEntityTypeConfiguration<Idea>
{
    public void Configure(EntityTypeBuilder<Idea> builder)
    {
        builder.ToTable("WorkshopIdeas");
        builder.Property(i => i.Text).HasMaxLength(Idea.TextMaxLength);
        builder.Property(i => i.AuthorKey).HasMaxLength(ParticipantIdentity.KeyMaxLength);
        builder.Property(i => i.AuthorName).HasMaxLength(Attendance.NameMaxLength);
        builder.Property(i => i.HiddenReason).HasMaxLength(Idea.HiddenReasonMaxLength);
        builder.HasOne<Workshop>().WithMany().HasForeignKey(i => i.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.WorkshopId, i.PostedAt });
        builder.HasIndex(i => i.AuthorUserId);
        builder.Ignore(i => i.WallAxisId);

        // Two facilitators promoting the same idea at once: the second save finds it already promoted and fails.
        builder.Property(i => i.PromotedActionId).IsConcurrencyToken();
    }
}
