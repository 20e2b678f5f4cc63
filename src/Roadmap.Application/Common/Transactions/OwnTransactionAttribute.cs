namespace Roadmap.Application.Common.Transactions;

/// <summary>
/// The rare command whose refusal must keep a write (a wrong password still counts as a failed
/// attempt): its handler opens its own transactions through <c>IRoadmapDbContext.InTransactionAsync</c>
/// instead of running inside one. Say why in <paramref name="reason"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class OwnTransactionAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
