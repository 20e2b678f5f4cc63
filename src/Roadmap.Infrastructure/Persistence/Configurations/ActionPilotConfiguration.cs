using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class ActionPilotConfiguration : IEntityTypeConfiguration<ActionPilot>
{
    public void Configure(EntityTypeBuilder<ActionPilot> builder)
    {
        builder.ToTable("ActionPilots");
        builder.HasKey(p => new { p.ActionId, p.UserId });
        builder.HasOne<RoadmapAction>().WithMany().HasForeignKey(p => p.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.UserId);
    }
}
