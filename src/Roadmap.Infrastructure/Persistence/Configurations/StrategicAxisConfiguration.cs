using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class StrategicAxisConfiguration : IEntityTypeConfiguration<StrategicAxis>
{
    public void Configure(EntityTypeBuilder<StrategicAxis> builder)
    {
        builder.ToTable("Axes");
        builder.Property(a => a.Title).HasMaxLength(StrategicAxis.TitleMaxLength);
        builder.Property(a => a.Description).HasMaxLength(StrategicAxis.DescriptionMaxLength);
        builder.HasIndex(a => new { a.RoadmapId, a.Position });
        builder.OwnsMany(a => a.Objectives, objectives =>
        {
            objectives.ToTable("AxisObjectives");
            objectives.WithOwner().HasForeignKey("AxisId");
            objectives.Property<int>("Id");
            objectives.HasKey("Id");
            objectives.Property(o => o.Text).HasMaxLength(StrategicAxis.ObjectiveMaxLength);
        });
    }
}
