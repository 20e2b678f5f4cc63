using Roadmap.Application.Domain.Participation;

namespace Roadmap.Demo.Content;

/// <summary>A demo comment (Markdown) and the replies it received.</summary>
internal sealed record DemoComment(string Author, CommentAlignment Alignment, string Body, params DemoComment[] Replies);
