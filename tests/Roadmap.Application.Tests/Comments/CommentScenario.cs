using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Comments.PostComment;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Comments;

/// <summary>A roadmap with one proposed action, its proposer and a citizen, saved; helpers to comment on it.</summary>
internal sealed class CommentScenario
{
    private CommentScenario(ApplicationHost host, TerritorialRoadmap roadmap, RoadmapAction action, Guid proposerId, Guid citizenId)
    {
        Host = host;
        Roadmap = roadmap;
        Action = action;
        ProposerId = proposerId;
        CitizenId = citizenId;
    }

    public ApplicationHost Host { get; }

    public TerritorialRoadmap Roadmap { get; }

    public RoadmapAction Action { get; }

    public Guid ProposerId { get; }

    public Guid CitizenId { get; }

    public static async Task<CommentScenario> StartAsync(ApplicationHost host, RoadmapPhase phase = RoadmapPhase.Concertation)
    {
        var builder = new RoadmapBuilder();
        var roadmap = builder.Build();
        var proposerId = await host.NewUserAsync("Maire de Sablé");
        var citizenId = await host.NewUserAsync("Camille");
        var action = Drafts.Proposed(roadmap, proposerId);
        await host.SaveAsync(builder.Owner, roadmap, action);
        if (phase != roadmap.CurrentPhase)
        {
            await host.WithDbAsync(async db =>
            {
                var stored = await db.Roadmaps.SingleAsync(r => r.Id == roadmap.Id);
                stored.AdvanceTo(phase);
                return await db.SaveChangesAsync();
            });
        }

        return new CommentScenario(host, roadmap, action, proposerId, citizenId);
    }

    public void SignInAsCitizen(Guid? userId = null) => Host.User.SignIn(userId ?? CitizenId, null, RoleNames.Citizen);

    /// <summary>Posts through the use case as <paramref name="authorId"/> (a citizen).</summary>
    public async Task<Guid> PostAsync(Guid authorId, string body = "Très bonne idée pour nos communes.", Guid? parentId = null, CommentAlignment alignment = CommentAlignment.For)
    {
        SignInAsCitizen(authorId);
        return (await Host.SendAsync(new PostComment(Action.Id, body, alignment, parentId))).CommentId;
    }

    /// <summary>Stores a comment written at <paramref name="at"/>, bypassing the use case (to place it in the past).</summary>
    public async Task<Comment> WriteAtAsync(Guid authorId, DateTimeOffset at, Comment? parent = null, string body = "Un avis posé il y a longtemps.")
    {
        var comment = Comment.Write(Action, parent, authorId, ParticipantRole.Citizen, body, CommentAlignment.Neutral, at);
        await Host.SaveAsync(comment);
        return comment;
    }

    public Task<Comment> FindAsync(Guid commentId) =>
        Host.WithDbAsync(db => db.Comments.AsNoTracking().SingleAsync(c => c.Id == commentId));

    public Task<bool> ExistsAsync(Guid commentId) =>
        Host.WithDbAsync(db => db.Comments.AnyAsync(c => c.Id == commentId));

    public Task<int> CommentCountAsync() =>
        Host.WithDbAsync(db => db.Actions.Where(a => a.Id == Action.Id).Select(a => a.CommentCount).SingleAsync());
}
