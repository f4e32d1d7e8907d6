// collections with custom comparers: SortedSet/SortedDictionary with reversed and composite
// comparers, Dictionary with a struct key and a custom IEqualityComparer, List.Sort with a
// Comparer<T>.Create chain, StringComparer.Ordinal vs OrdinalIgnoreCase in sets, and BinarySearch
var desc = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a))) { 5, 1, 9, 3, 9 };
Console.WriteLine(string.Join(",", desc) + " min=" + desc.Min + " max=" + desc.Max);
var byLenThenAlpha = Comparer<string>.Create((a, b) => a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b));
var sd = new SortedDictionary<string, int>(byLenThenAlpha) { ["pear"] = 1, ["fig"] = 2, ["apple"] = 3, ["kiwi"] = 4, ["Fig"] = 5 };
Console.WriteLine(string.Join(" ", sd.Select(kv => kv.Key + "=" + kv.Value)));
var grid = new Dictionary<Cell, string>(new ManhattanBucket()) { [new Cell(0, 0)] = "origin", [new Cell(1, 2)] = "a" };
grid[new Cell(1, 2)] = "b";
grid[new Cell(2, 1)] = "c";
Console.WriteLine(grid.Count + " " + grid[new Cell(1, 2)] + " " + grid.ContainsKey(new Cell(2, 1)) + " " + string.Join(" ", grid.Keys));
var people = new List<(string Name, int Age, string City)> { ("ann", 30, "oslo"), ("bob", 25, "rome"), ("cy", 30, "bern"), ("di", 25, "oslo") };
var cmp = Comparer<(string Name, int Age, string City)>.Create((x, y) => x.Age != y.Age ? y.Age.CompareTo(x.Age) : string.CompareOrdinal(x.City, y.City));
people.Sort(cmp);
Console.WriteLine(string.Join(" ", people.Select(p => p.Name)));
var ord = new HashSet<string>(StringComparer.Ordinal) { "a", "A", "b" };
var ign = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a", "A", "b" };
Console.WriteLine(ord.Count + " " + ign.Count + " " + ign.Contains("B") + " " + ord.Contains("B"));
var words = new List<string> { "delta", "alpha", "charlie", "bravo" };
words.Sort(StringComparer.Ordinal);
Console.WriteLine(words.BinarySearch("charlie", StringComparer.Ordinal) + " " + words.BinarySearch("beta", StringComparer.Ordinal));
Console.WriteLine(StringComparer.OrdinalIgnoreCase.Compare("abc", "ABD") + " " + StringComparer.Ordinal.Equals("x", "X") + " " + Comparer<int>.Default.Compare(3, 7) + " " + EqualityComparer<string>.Default.Equals("q", "q"));
var ranked = new SortedList<double, string>(Comparer<double>.Create((a, b) => b.CompareTo(a))) { [2.5] = "mid", [9.1] = "top", [0.3] = "low" };
Console.WriteLine(string.Join(" > ", ranked.Values) + " first key " + ranked.Keys[0]);
readonly record struct Cell(int X, int Y);
class ManhattanBucket : IEqualityComparer<Cell>
{
    public bool Equals(Cell a, Cell b) => a == b;
    public int GetHashCode(Cell c) => Math.Abs(c.X) + Math.Abs(c.Y);
}
