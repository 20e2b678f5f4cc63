using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class WorkshopRegistrationConfiguration : IEntityTypeConfiguration<WorkshopRegistration>
{
    public void Configure(EntityTypeBuilder<WorkshopRegistration> builder)
    {
        builder.ToTable("WorkshopRegistrations");
        builder.HasKey(r => new { r.WorkshopId, r.UserId });
        builder.HasOne<Workshop>().WithMany().HasForeignKey(r => r.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.UserId);
    }
}
