// tuples in control flow: switch on tuples (state machines), returning multiple values from
// iterators, tuple element names through generics and LINQ, ValueTuple mutation, and
// tuple comparison with conversions
var state = (Light: "red", Timer: 0);
for (int tick = 0; tick < 8; tick++)
{
    state = state switch
    {
        ("red", >= 2) => ("green", 0),
        ("green", >= 3) => ("yellow", 0),
        ("yellow", >= 1) => ("red", 0),
        var (l, t) => (l, t + 1),
    };
    Console.Write(state.Light[0] + "" + state.Timer + " ");
}
Console.WriteLine();
foreach (var (index, value, isLast) in Mark(new[] { "a", "b", "c" })) Console.Write($"{index}:{value}{(isLast ? "!" : ",")}");
Console.WriteLine();
var stats = new[] { 3, 8, 1, 9, 4 }.Aggregate((Min: int.MaxValue, Max: int.MinValue, Sum: 0), (acc, x) => (Math.Min(acc.Min, x), Math.Max(acc.Max, x), acc.Sum + x));
Console.WriteLine($"{stats.Min} {stats.Max} {stats.Sum} {stats}");
var pair = (A: 1, B: 2);
pair.A = 10;
pair.B += pair.A;
ref var rb = ref pair.B;
rb *= 2;
Console.WriteLine(pair);
(long, double) widened = (1, 2.5f);
Console.WriteLine(widened + " " + ((1, 2.5) == widened) + " " + ((byte)1, 2.5) .Equals((1, 2.5)));
var byFirst = new[] { (k: "b", v: 2), (k: "a", v: 1), (k: "b", v: 3) }.GroupBy(t => t.k).Select(g => (Key: g.Key, Total: g.Sum(t => t.v))).OrderBy(t => t.Key);
Console.WriteLine(string.Join(" ", byFirst));
Console.WriteLine(Swap((1, "x")) + " " + Swap(Swap((true, 'c'))));
var t3 = (1, 2, 3);
var (x, y, z) = t3;
(x, y, z) = (z, x, y);
Console.WriteLine($"{x}{y}{z} {t3.GetHashCode() == (1, 2, 3).GetHashCode()}");
static IEnumerable<(int Index, T Value, bool IsLast)> Mark<T>(IReadOnlyList<T> xs) { for (int i = 0; i < xs.Count; i++) yield return (i, xs[i], i == xs.Count - 1); }
static (B, A) Swap<A, B>((A, B) t) => (t.Item2, t.Item1);
