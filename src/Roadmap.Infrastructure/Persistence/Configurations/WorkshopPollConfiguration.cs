using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class WorkshopPollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> builder)
    {
        builder.ToTable("WorkshopPolls");
        builder.Property(p => p.Question).HasMaxLength(Poll.QuestionMaxLength);
        builder.HasOne<Workshop>().WithMany().HasForeignKey(p => p.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.WorkshopId, p.OpenedAt });
        builder.HasIndex(p => new { p.ClosedAt, p.ClosesAt });

        builder.OwnsMany(p => p.Options, options =>
        {
            options.ToTable("WorkshopPollOptions");
            options.WithOwner().HasForeignKey("PollId");
            options.HasKey(o => o.Id);
            options.Property(o => o.Id).ValueGeneratedNever();
            options.Property(o => o.Text).HasMaxLength(PollOption.TextMaxLength);
        });
        builder.Navigation(p => p.Options).HasField("_options");
    }
}
