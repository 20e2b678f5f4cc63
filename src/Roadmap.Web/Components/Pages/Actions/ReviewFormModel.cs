namespace Roadmap.Web.Components.Pages.Actions;

/// <summary>What the review form posts; the percentage stays text so a typo gets a message.</summary>
public sealed class ReviewFormModel
{
    public string Status { get; set => field = value ?? ""; } = "";

    public string Reason { get; set => field = value ?? ""; } = "";

    public string ProgressPercent { get; set => field = value ?? ""; } = "";

    public string MergedIntoId { get; set => field = value ?? ""; } = "";
}
