namespace Roadmap.Application.Domain.Workshops;

public enum WorkshopMode
{
    /// <summary>Videoconference: a link is required.</summary>
    Visio = 0,

    /// <summary>In a room: an address is required.</summary>
    InPerson = 1,

    /// <summary>Both: a link and an address.</summary>
    Hybrid = 2,
}
