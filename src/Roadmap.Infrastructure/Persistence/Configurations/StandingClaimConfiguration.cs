using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class StandingClaimConfiguration : IEntityTypeConfiguration<StandingClaim>
{
    public void Configure(EntityTypeBuilder<StandingClaim> builder)
    {
        builder.ToTable("StandingClaims");
        builder.Property(c => c.Statement).HasMaxLength(StandingClaim.StatementMaxLength);
        builder.Property(c => c.DecisionReason).HasMaxLength(StandingClaim.ReasonMaxLength);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TerritorialRoadmap>().WithMany().HasForeignKey(c => c.RoadmapId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.RoadmapId, c.Status, c.CreatedAt });
        builder.HasIndex(c => new { c.UserId, c.CreatedAt });
    }
}
