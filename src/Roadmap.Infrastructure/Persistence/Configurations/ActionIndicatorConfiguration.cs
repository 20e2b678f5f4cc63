using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class ActionIndicatorConfiguration : IEntityTypeConfiguration<ActionIndicator>
{
    public void Configure(EntityTypeBuilder<ActionIndicator> builder)
    {
        builder.ToTable("Indicators");
        builder.Property(i => i.Name).HasMaxLength(SuccessIndicator.NameMaxLength);
        builder.Property(i => i.Unit).HasMaxLength(SuccessIndicator.UnitMaxLength);
        builder.Property(i => i.Baseline).HasPrecision(18, 4);
        builder.Property(i => i.Target).HasPrecision(18, 4);
        builder.Property(i => i.LatestValue).HasPrecision(18, 4);
        builder.Ignore(i => i.Definition);
        builder.HasIndex(i => new { i.ActionId, i.Position });
    }
}
