using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
        builder.Property(o => o.OfficialCode).HasMaxLength(Organisation.OfficialCodeMaxLength);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Siren).HasMaxLength(Organisation.SirenLength).IsFixedLength();
        builder.Property(o => o.PostalCodes).HasMaxLength(Organisation.PostalCodesMaxLength);
        builder.HasIndex(o => o.Name);
        builder.HasIndex(o => o.Siren).IsUnique();
        builder.HasIndex(o => new { o.Kind, o.OfficialCode });
        builder.HasIndex(o => o.ParentId);
    }
}
