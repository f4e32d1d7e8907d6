// iterator methods as generators: infinite sequences with Take, yield break, recursive
// iterators (tree walk), iterators over IEnumerator<T> directly, iterator properties, and
// state independence of multiple enumerations
Console.WriteLine(string.Join(",", Fib().Take(15)));
Console.WriteLine(string.Join(",", Primes().SkipWhile(p => p < 50).Take(5)));
Console.WriteLine(string.Join(",", UpTo(10, stopAt: 6)));
var tree = new Node(1, new Node(2, new Node(4), new Node(5)), new Node(3, null, new Node(6)));
Console.WriteLine("pre " + string.Join(" ", tree.PreOrder()));
Console.WriteLine("in " + string.Join(" ", tree.InOrder()));
var seq = Fib().Take(5);
var en1 = seq.GetEnumerator();
var en2 = seq.GetEnumerator();
en1.MoveNext(); en1.MoveNext(); en1.MoveNext();
en2.MoveNext();
Console.WriteLine(en1.Current + " " + en2.Current);
var bag = new Bag();
Console.WriteLine(string.Join("|", bag) + " / " + string.Join("|", bag.Reversed));
IEnumerator<char> chars = Letters(3);
while (chars.MoveNext()) Console.Write(chars.Current);
Console.WriteLine();
Console.WriteLine(string.Join(",", Interleave(new[] { 1, 3, 5, 7 }, new[] { 2, 4 })));
static IEnumerable<long> Fib() { long a = 0, b = 1; while (true) { yield return a; (a, b) = (b, a + b); } }
static IEnumerable<int> Primes()
{
    for (int n = 2; ; n++)
    {
        bool prime = true;
        for (int d = 2; d * d <= n; d++) if (n % d == 0) { prime = false; break; }
        if (prime) yield return n;
    }
}
static IEnumerable<int> UpTo(int n, int stopAt) { for (int i = 0; i < n; i++) { if (i == stopAt) yield break; yield return i; } }
static IEnumerator<char> Letters(int n) { for (int i = 0; i < n; i++) yield return (char)('a' + i); }
static IEnumerable<int> Interleave(IEnumerable<int> a, IEnumerable<int> b)
{
    using var ea = a.GetEnumerator();
    using var eb = b.GetEnumerator();
    bool ha = ea.MoveNext(), hb = eb.MoveNext();
    while (ha || hb)
    {
        if (ha) { yield return ea.Current; ha = ea.MoveNext(); }
        if (hb) { yield return eb.Current; hb = eb.MoveNext(); }
    }
}
class Node(int v, Node? l = null, Node? r = null)
{
    public IEnumerable<int> PreOrder()
    {
        yield return v;
        if (l != null) foreach (var x in l.PreOrder()) yield return x;
        if (r != null) foreach (var x in r.PreOrder()) yield return x;
    }
    public IEnumerable<int> InOrder()
    {
        if (l != null) foreach (var x in l.InOrder()) yield return x;
        yield return v;
        if (r != null) foreach (var x in r.InOrder()) yield return x;
    }
}
class Bag : IEnumerable<string>
{
    private readonly string[] items = { "x", "y", "z" };
    public IEnumerator<string> GetEnumerator() { foreach (var i in items) yield return i; }
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    public IEnumerable<string> Reversed { get { for (int i = items.Length - 1; i >= 0; i--) yield return items[i]; } }
}
