namespace Roadmap.Web.Infrastructure;

/// <summary>The methods a browser may send from anywhere because they change nothing (RFC 9110 §9.2.1).</summary>
internal static class SafeMethods
{
    public static bool Is(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
