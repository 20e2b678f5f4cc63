namespace Roadmap.Web.Tests.Account;

public sealed class TokenCount
{
    private int _value;

    public int Value => Volatile.Read(ref _value);

    public void Increment() => Interlocked.Increment(ref _value);
}
