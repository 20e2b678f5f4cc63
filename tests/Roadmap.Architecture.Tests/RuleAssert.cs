using NetArchTest.Rules;

namespace Roadmap.Architecture.Tests;

internal static class RuleAssert
{
    /// <summary>Fails with the names of the types that break the rule, so the message says where to look.</summary>
    public static void Holds(ConditionList rule, string because) =>
        Holds(rule.GetResult(), because);

    public static void Holds(TestResult result, string because) =>
        Assert.True(result.IsSuccessful, $"{because}\nTypes that break the rule:\n  {string.Join("\n  ", (result.FailingTypes ?? []).Select(t => $"{t.FullName}: {t.Explanation}"))}");

    /// <summary>Nested compiler-generated types (closures, state machines) belong to the type that declares them.</summary>
    public static string Owner(string typeName) => typeName.Split('/', '+')[0];
}
