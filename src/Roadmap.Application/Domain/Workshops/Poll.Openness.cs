using System.Linq.Expressions;

namespace Roadmap.Application.Domain.Workshops;

/// <summary>
/// « The poll is open » stated once, as an expression: compiled for the entity, translated to SQL for
/// the queries and for the conditional UPDATE that lets a ballot and a close exclude each other.
/// </summary>
public sealed partial class Poll
{
    public const string ClosedRefusal = "Ce sondage est clos : votre vote n'a pas été pris en compte.";

    private static readonly Expression<Func<Poll, DateTimeOffset, bool>> OpenRule =
        (p, now) => p.ClosedAt == null && (p.ClosesAt == null || p.ClosesAt > now);

    private static readonly Expression<Func<Poll, DateTimeOffset, bool>> ExpiredRule =
        (p, now) => p.ClosedAt == null && p.ClosesAt != null && p.ClosesAt <= now;

    private static readonly Func<Poll, DateTimeOffset, bool> IsOpen = OpenRule.Compile();

    public bool IsOpenAt(DateTimeOffset now) => IsOpen(this, now);

    /// <summary>The polls open at <paramref name="now"/>, for a query.</summary>
    public static Expression<Func<Poll, bool>> OpenAt(DateTimeOffset now) => At(OpenRule, now);

    /// <summary>The polls whose time ran out but whose close nobody has recorded yet, for a query.</summary>
    public static Expression<Func<Poll, bool>> ExpiredAt(DateTimeOffset now) => At(ExpiredRule, now);

    /// <summary>The polls whose close is not recorded yet: what a close may still claim.</summary>
    public static Expression<Func<Poll, bool>> NotClosed { get; } = p => p.ClosedAt == null;

    /// <summary>Binds the instant as a captured value, so that the query sends it as a parameter.</summary>
    private static Expression<Func<Poll, bool>> At(Expression<Func<Poll, DateTimeOffset, bool>> rule, DateTimeOffset now)
    {
        var instant = new Instant(now);
        var body = new Binder(rule.Parameters[1], Expression.Field(Expression.Constant(instant), nameof(Instant.Now))).Visit(rule.Body);
        return Expression.Lambda<Func<Poll, bool>>(body, rule.Parameters[0]);
    }

    private sealed class Instant(DateTimeOffset now)
    {
        public readonly DateTimeOffset Now = now;
    }

    private sealed class Binder(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : node;
    }
}
