using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class MediatorGrantConfiguration : IEntityTypeConfiguration<MediatorGrant>
{
    public void Configure(EntityTypeBuilder<MediatorGrant> builder)
    {
        builder.ToTable("MediatorGrants");
        builder.HasKey(g => new { g.UserId, g.OrganisationId });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(g => g.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(g => g.GrantedById).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasIndex(g => g.OrganisationId);
    }
}
