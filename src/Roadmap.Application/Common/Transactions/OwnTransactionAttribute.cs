namespace Roadmap.Application.Common.Transactions;

/// <summary>
/// The rare command whose refusal must keep a write (a wrong password still counts as a failed
/// attempt), or whose answer needs many reads after a short write (joining a workshop returns the
/// whole room): its handler opens its own transactions, through <see cref="AfterCommit.InTransactionAsync{T}"/>
/// so that its live events wait for the commit, instead of running inside one. Say why in <paramref name="reason"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class OwnTransactionAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
