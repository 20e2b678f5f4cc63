using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class SupportConfiguration : IEntityTypeConfiguration<Support>
{
    public void Configure(EntityTypeBuilder<Support> builder)
    {
        builder.HasOne<RoadmapAction>().WithMany().HasForeignKey(s => s.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.ClientSetNull);

        // One support per user and action, enforced by the database so concurrent clicks cannot double count.
        builder.HasIndex(s => new { s.ActionId, s.UserId }).IsUnique();
        builder.HasIndex(s => s.UserId);
    }
}
