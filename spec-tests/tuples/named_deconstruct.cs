// value tuples: named elements, inferred names, equality (==, Equals), comparison, nesting,
// deconstruction (into new, existing, discards, custom Deconstruct, extension Deconstruct),
// swaps, ToString, tuples as dictionary keys, and big tuples (8+ elements)
var t = (Name: "ann", Age: 30);
Console.WriteLine($"{t} {t.Name} {t.Item2} {t.GetType().Name}");
int x = 1, y = 2;
var inferred = (x, y, sum: x + y);
Console.WriteLine($"{inferred.x} {inferred.y} {inferred.sum}");
Console.WriteLine((1, "a") == (1, "a") ? "eq" : "ne");
Console.WriteLine(((1, 2) != (1, 3)) + " " + (1, 2).Equals((1, 2)) + " " + (1, 2).CompareTo((1, 3)) + " " + (2, 0).CompareTo((1, 9)));
(x, y) = (y, x);
Console.WriteLine(x + " " + y);
var (q, r) = Math.DivRem(17, 5);
Console.WriteLine(q + " " + r);
var (first, _, third) = (1, 2, 3);
Console.WriteLine(first + third);
var nested = (1, (2, (3, 4)));
Console.WriteLine(nested + " " + nested.Item2.Item2.Item1);
var (n1, (n2, (n3, n4))) = nested;
Console.WriteLine(n1 + n2 + n3 + n4);
var (px, py) = new Point(7, 8);
Console.WriteLine(px * py);
var (len, upper) = "hello";
Console.WriteLine(len + " " + upper);
var big = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
Console.WriteLine(big + " " + big.Item10 + " " + big.Rest.Item3);
var dict = new Dictionary<(int, string), double> { [(1, "a")] = 1.5, [(2, "b")] = 2.5 };
Console.WriteLine(dict[(2, "b")] + " " + dict.ContainsKey((1, "b")));
var list = new List<(string Name, int Score)> { ("b", 3), ("a", 3), ("c", 1) };
list.Sort();
Console.WriteLine(string.Join(" ", list));
foreach (var (nm, sc) in list.OrderByDescending(e => e.Score).ThenBy(e => e.Name)) Console.Write($"{nm}:{sc} ");
Console.WriteLine();
(int, string)? maybe = null;
Console.WriteLine(maybe.HasValue + " " + (maybe ?? (0, "none")));
Console.WriteLine(MinMax(new[] { 4, -2, 9, 0 }));
var tuple = Tuple.Create(1, "ref");
Console.WriteLine(tuple + " " + tuple.Item2 + " " + tuple.Equals(Tuple.Create(1, "ref")));
static (int Min, int Max) MinMax(int[] xs) => (xs.Min(), xs.Max());
record Point(int X, int Y);
static class Ext { public static void Deconstruct(this string s, out int length, out string upper) { length = s.Length; upper = s.ToUpperInvariant(); } }
