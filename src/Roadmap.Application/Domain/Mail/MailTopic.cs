namespace Roadmap.Application.Domain.Mail;

/// <summary>The kinds of event a person chooses how to be told of by mail (one preference each).</summary>
public enum MailTopic
{
    /// <summary>New comments and replies on what they follow.</summary>
    Comments = 0,

    /// <summary>Status changes and reviews of the actions they follow or proposed.</summary>
    Statuses = 1,

    /// <summary>Points d'étape posted on the actions they follow.</summary>
    Updates = 2,

    /// <summary>The decision on their standing claim (élu·e, acteur).</summary>
    Standing = 3,

    /// <summary>Workshops scheduled on a roadmap they follow.</summary>
    Workshops = 4,

    /// <summary>New actions and phase changes on a roadmap they follow.</summary>
    Roadmaps = 5,

    /// <summary>A role given to them: team member, pilot of an action.</summary>
    Roles = 6,
}
