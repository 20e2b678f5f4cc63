using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class WorkshopIdeaUpvoteConfiguration : IEntityTypeConfiguration<IdeaUpvote>
{
    public void Configure(EntityTypeBuilder<IdeaUpvote> builder)
    {
        builder.ToTable("WorkshopIdeaUpvotes");
        builder.Property(u => u.VoterKey).HasMaxLength(ParticipantIdentity.KeyMaxLength);
        builder.HasOne<Idea>().WithMany().HasForeignKey(u => u.IdeaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => new { u.IdeaId, u.VoterKey }).IsUnique();
    }
}
