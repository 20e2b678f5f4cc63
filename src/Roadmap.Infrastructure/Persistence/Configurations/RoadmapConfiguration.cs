using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class RoadmapConfiguration : IEntityTypeConfiguration<TerritorialRoadmap>
{
    public void Configure(EntityTypeBuilder<TerritorialRoadmap> builder)
    {
        builder.ToTable("Roadmaps");
        builder.Property(r => r.Title).HasMaxLength(TerritorialRoadmap.TitleMaxLength);
        builder.Property(r => r.Slug).HasMaxLength(TerritorialRoadmap.SlugMaxLength);
        builder.Property(r => r.Description).HasMaxLength(TerritorialRoadmap.DescriptionMaxLength);
        builder.Property(r => r.Summary).HasMaxLength(TerritorialRoadmap.SummaryMaxLength);
        builder.Property(r => r.PhaseMessage).HasMaxLength(TerritorialRoadmap.PhaseMessageMaxLength);
        builder.HasIndex(r => r.Slug).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(r => r.VotingRules);
        builder.OwnsMany(r => r.Phases, phases =>
        {
            phases.ToTable("RoadmapPhases");
            phases.WithOwner().HasForeignKey("RoadmapId");
            phases.Property<int>("Id");
            phases.HasKey("Id");
        });
        builder.HasMany(r => r.Axes).WithOne().HasForeignKey(a => a.RoadmapId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Axes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
