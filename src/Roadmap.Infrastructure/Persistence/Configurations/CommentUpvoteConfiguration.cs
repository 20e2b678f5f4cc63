using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class CommentUpvoteConfiguration : IEntityTypeConfiguration<CommentUpvote>
{
    public void Configure(EntityTypeBuilder<CommentUpvote> builder)
    {
        builder.Property<int>("Id");
        builder.HasKey("Id");
        builder.HasOne<Comment>().WithMany().HasForeignKey(u => u.CommentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(u => u.UserId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasIndex(u => new { u.CommentId, u.UserId }).IsUnique();
        builder.HasIndex(u => u.UserId);
    }
}
