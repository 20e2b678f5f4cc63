namespace Roadmap.Application.Domain.Actions;

public sealed partial class RoadmapAction
{
    public const int HiddenReasonMaxLength = 500;

    public bool IsHidden => HiddenAt is not null;

    public void Hide(string reason, DateTimeOffset now)
    {
        HiddenReason = Guard.Text(reason, HiddenReasonMaxLength, "Le motif de masquage");
        HiddenAt = now;
    }

    public void Restore()
    {
        HiddenAt = null;
        HiddenReason = "";
    }
}
