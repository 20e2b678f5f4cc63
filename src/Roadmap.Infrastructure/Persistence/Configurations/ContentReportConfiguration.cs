using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Moderation;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class ContentReportConfiguration : IEntityTypeConfiguration<ContentReport>
{
    public void Configure(EntityTypeBuilder<ContentReport> builder)
    {
        builder.ToTable("Reports");
        builder.Property(r => r.Reason).HasMaxLength(ContentReport.ReasonMaxLength);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.ClientSetNull);

        // One report per person and content, so three reports mean three people.
        builder.HasIndex(r => new { r.Target, r.TargetId, r.ReporterId }).IsUnique();
        builder.HasIndex(r => new { r.ResolvedAt, r.CreatedAt });
        builder.HasIndex(r => r.ReporterId);
    }
}
