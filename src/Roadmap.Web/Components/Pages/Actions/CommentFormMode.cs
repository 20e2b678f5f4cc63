namespace Roadmap.Web.Components.Pages.Actions;

public enum CommentFormMode
{
    /// <summary>A new comment under the thread.</summary>
    New,

    /// <summary>A reply under the comment it answers.</summary>
    Reply,

    /// <summary>The author corrects their comment (text only; the position stays).</summary>
    Edit,
}
