using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class RoadmapTeamMemberConfiguration : IEntityTypeConfiguration<RoadmapTeamMember>
{
    public void Configure(EntityTypeBuilder<RoadmapTeamMember> builder)
    {
        builder.ToTable("RoadmapTeamMembers");
        builder.HasKey(m => new { m.RoadmapId, m.UserId });
        builder.HasOne<TerritorialRoadmap>().WithMany().HasForeignKey(m => m.RoadmapId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.UserId);
    }
}
