using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class MediatedContributionConfiguration : IEntityTypeConfiguration<MediatedContribution>
{
    public void Configure(EntityTypeBuilder<MediatedContribution> builder)
    {
        builder.ToTable("MediatedContributions");
        builder.Property(c => c.ResidentFirstName).HasMaxLength(MediatedContribution.FirstNameMaxLength);
        builder.Property(c => c.ResidentInitial).HasMaxLength(MediatedContribution.InitialMaxLength);
        builder.Property(c => c.Title).HasMaxLength(MediatedContribution.TitleMaxLength);
        builder.Property(c => c.Body).HasMaxLength(MediatedContribution.BodyMaxLength);
        builder.Property(c => c.HiddenReason).HasMaxLength(MediatedContribution.HiddenReasonMaxLength);
        builder.Property(c => c.DedupeKey).HasMaxLength(MediatedContribution.DedupeKeyMaxLength);

        // One cascade path per table (SQL Server refuses two): from the action; the roadmap's is done by EF.
        builder.HasOne<RoadmapAction>().WithMany().HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TerritorialRoadmap>().WithMany().HasForeignKey(c => c.RoadmapId).OnDelete(DeleteBehavior.ClientCascade);
        builder.HasOne<StrategicAxis>().WithMany().HasForeignKey(c => c.AxisId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.CommuneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.MediatorId).OnDelete(DeleteBehavior.ClientSetNull);

        builder.HasIndex(c => c.DedupeKey).IsUnique();
        builder.HasIndex(c => new { c.ActionId, c.Kind });
        builder.HasIndex(c => new { c.RoadmapId, c.Kind });
        builder.HasIndex(c => new { c.MediatorId, c.CreatedAt });
    }
}
