using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class ActionUpdateConfiguration : IEntityTypeConfiguration<ActionUpdate>
{
    public void Configure(EntityTypeBuilder<ActionUpdate> builder)
    {
        builder.ToTable("ActionUpdates");
        builder.Property(u => u.Title).HasMaxLength(ActionUpdate.TitleMaxLength);
        builder.Property(u => u.Body).HasMaxLength(ActionUpdate.BodyMaxLength);
        builder.Property(u => u.HiddenReason).HasMaxLength(ActionUpdate.HiddenReasonMaxLength);
        builder.HasOne<RoadmapAction>().WithMany().HasForeignKey(u => u.ActionId).OnDelete(DeleteBehavior.Cascade);

        // The roadmap is reached through the action's cascade; SQL Server refuses a second path.
        builder.HasOne<TerritorialRoadmap>().WithMany().HasForeignKey(u => u.RoadmapId).OnDelete(DeleteBehavior.ClientCascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(u => u.AuthorId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasIndex(u => new { u.ActionId, u.OccurredOn });
        builder.HasIndex(u => new { u.RoadmapId, u.PostedAt });
        builder.HasIndex(u => new { u.AuthorId, u.SubmissionKey }).IsUnique();
    }
}
