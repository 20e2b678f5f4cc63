using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Roadmap.Web.Infrastructure;

/// <summary>How the pages encode text: every Unicode range allowed, so French is sent as it is, not as &#xE9; entities.</summary>
internal static class PageText
{
    /// <summary>Given to the app's encoders (<c>WebEncoderOptions</c>).</summary>
    public static readonly TextEncoderSettings Encoding = new(UnicodeRanges.All);

    /// <summary>For the few pieces of HTML the app writes itself (<see cref="Components.Pages.Actions.CommentHead"/>).</summary>
    public static readonly HtmlEncoder Html = HtmlEncoder.Create(Encoding);
}
