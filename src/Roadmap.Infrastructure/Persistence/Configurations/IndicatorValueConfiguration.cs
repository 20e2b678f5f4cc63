using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.ToTable("IndicatorValues");
        builder.Property(v => v.Value).HasPrecision(18, 4);
        builder.Property(v => v.Source).HasMaxLength(IndicatorValue.SourceMaxLength);
        builder.Property(v => v.Comment).HasMaxLength(IndicatorValue.CommentMaxLength);
        builder.HasOne<ActionIndicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);

        // The action is reached through the indicator's cascade; a second cascade path is refused by SQL Server.
        builder.HasOne<RoadmapAction>().WithMany().HasForeignKey(v => v.ActionId).OnDelete(DeleteBehavior.ClientCascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(v => v.RecordedById).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasIndex(v => new { v.IndicatorId, v.MeasuredOn }).IsUnique();
        builder.HasIndex(v => new { v.ActionId, v.MeasuredOn });
        builder.HasIndex(v => v.RecordedById);

        builder.OwnsMany(v => v.Corrections, corrections =>
        {
            corrections.ToTable("IndicatorValueCorrections");
            corrections.WithOwner().HasForeignKey("IndicatorValueId");
            corrections.Property<int>("Id");
            corrections.HasKey("Id");
            corrections.Property(c => c.PreviousValue).HasPrecision(18, 4);
            corrections.Property(c => c.PreviousSource).HasMaxLength(IndicatorValue.SourceMaxLength);
            corrections.Property(c => c.PreviousComment).HasMaxLength(IndicatorValue.CommentMaxLength);
            corrections.Property(c => c.Reason).HasMaxLength(IndicatorValue.ReasonMaxLength);
            corrections.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.CorrectedById).OnDelete(DeleteBehavior.ClientSetNull);
        });
    }
}
