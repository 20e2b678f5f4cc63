using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class RoadmapActionConfiguration : IEntityTypeConfiguration<RoadmapAction>
{
    public void Configure(EntityTypeBuilder<RoadmapAction> builder)
    {
        builder.ToTable("Actions");
        builder.Property(a => a.Title).HasMaxLength(RoadmapAction.TitleMaxLength);
        builder.Property(a => a.Summary).HasMaxLength(RoadmapAction.SummaryMaxLength);
        builder.Property(a => a.EasyRead).HasMaxLength(RoadmapAction.EasyReadMaxLength);
        builder.Property(a => a.Description).HasMaxLength(RoadmapAction.DescriptionMaxLength);
        builder.Property(a => a.StatusReason).HasMaxLength(StatusChange.ReasonMaxLength);
        builder.Property(a => a.HiddenReason).HasMaxLength(RoadmapAction.HiddenReasonMaxLength);
        builder.HasOne<TerritorialRoadmap>().WithMany().HasForeignKey(a => a.RoadmapId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StrategicAxis>().WithMany().HasForeignKey(a => a.AxisId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.ProposerId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne<RoadmapAction>().WithMany().HasForeignKey(a => a.MergedIntoId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasIndex(a => new { a.RoadmapId, a.AxisId });
        builder.HasIndex(a => new { a.RoadmapId, a.Status });
        builder.HasIndex(a => new { a.RoadmapId, a.CreatedAt });
        builder.HasIndex(a => new { a.ProposerId, a.SubmissionKey }).IsUnique();
        builder.HasIndex(a => new { a.RoadmapId, a.SupportCount });
        builder.HasIndex(a => new { a.RoadmapId, a.CommentCount });

        // Pages count and rank only visible actions: a partial index holds exactly those, so the counts
        // per axis and an axis's most supported actions never read hidden rows nor the table itself.
        // Quoted identifiers work on the three providers (SQL Server filtered indexes need QUOTED_IDENTIFIER ON).
        builder.HasIndex(a => new { a.RoadmapId, a.AxisId, a.SupportCount }, "IX_Actions_Visible_ByAxis").HasFilter("\"HiddenAt\" IS NULL");

        builder.ComplexProperty(a => a.Budget, budget =>
        {
            budget.Property(b => b.EstimatedAmount).HasPrecision(18, 2);
            budget.Property(b => b.Funding).HasMaxLength(ActionBudget.FundingMaxLength);
        });

        builder.HasMany(a => a.Indicators).WithOne().HasForeignKey(i => i.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Indicators).AutoInclude();
        builder.Property(a => a.DifficultyExplanation).HasMaxLength(RoadmapAction.DifficultyExplanationMaxLength);

        builder.OwnsMany(a => a.BudgetYears, years =>
        {
            years.ToTable("ActionBudgetYears");
            years.WithOwner().HasForeignKey("ActionId");
            years.Property<int>("Id");
            years.HasKey("Id");
            years.HasIndex("ActionId", nameof(ActionBudgetYear.Year)).IsUnique();
            years.Property(y => y.Committed).HasPrecision(18, 2);
            years.Property(y => y.Spent).HasPrecision(18, 2);
        });

        builder.OwnsMany(a => a.PoolingOptions, pooling =>
        {
            pooling.ToTable("ActionPoolingOptions");
            pooling.WithOwner().HasForeignKey("ActionId");
            pooling.Property<int>("Id");
            pooling.HasKey("Id");
            pooling.Property(p => p.Description).HasMaxLength(PoolingOption.DescriptionMaxLength);
        });

        builder.OwnsMany(a => a.OrganisationLinks, links =>
        {
            links.ToTable("ActionOrganisations");
            links.WithOwner().HasForeignKey("ActionId");
            links.Property<int>("Id");
            links.HasKey("Id");
            links.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            links.HasIndex(l => l.OrganisationId);
        });

        builder.OwnsMany(a => a.History, history =>
        {
            history.ToTable("ActionStatusChanges");
            history.WithOwner().HasForeignKey("ActionId");
            history.Property<int>("Id");
            history.HasKey("Id");
            history.Property(h => h.Reason).HasMaxLength(StatusChange.ReasonMaxLength);
            history.HasOne<ApplicationUser>().WithMany().HasForeignKey(h => h.ById).OnDelete(DeleteBehavior.ClientSetNull);
        });
    }
}
