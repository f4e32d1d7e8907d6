// jagged arrays: ragged rows, Pascal's triangle, sorting rows, array covariance of rows,
// Array methods on jagged arrays (Sort with comparison, Reverse, Resize, IndexOf, BinarySearch)
int[][] pascal = new int[8][];
for (int i = 0; i < pascal.Length; i++)
{
    pascal[i] = new int[i + 1];
    pascal[i][0] = pascal[i][i] = 1;
    for (int j = 1; j < i; j++) pascal[i][j] = pascal[i - 1][j - 1] + pascal[i - 1][j];
}
foreach (var row in pascal) Console.WriteLine(string.Join(" ", row));
int[][] rag = { new[] { 5, 3 }, new int[0], new[] { 9, 1, 4, 7 }, new[] { 2 } };
Array.Sort(rag, (a, b) => b.Length.CompareTo(a.Length));
Console.WriteLine(string.Join(" / ", rag.Select(r => string.Join(",", r))));
foreach (var r in rag) Array.Sort(r);
Console.WriteLine(string.Join(" / ", rag.Select(r => string.Join(",", r))));
Console.WriteLine(rag.Sum(r => r.Length) + " " + rag.SelectMany(r => r).Max());
int[] arr = { 10, 20, 30, 40, 50 };
Array.Resize(ref arr, 7);
Console.WriteLine(string.Join(",", arr));
Array.Resize(ref arr, 3);
Console.WriteLine(string.Join(",", arr));
Array.Reverse(arr);
Console.WriteLine(string.Join(",", arr) + " " + Array.IndexOf(arr, 20) + " " + Array.IndexOf(arr, 99));
int[] sorted = { 1, 3, 5, 7, 9, 11 };
Console.WriteLine(Array.BinarySearch(sorted, 7) + " " + Array.BinarySearch(sorted, 4) + " " + ~Array.BinarySearch(sorted, 4) + " " + Array.BinarySearch(sorted, 100));
string[][] words = { new[] { "x" }, new[] { "y", "z" } };
object[][] asObjects = words;
Console.WriteLine(asObjects[1][1] + " " + asObjects.GetType().Name + " " + words[1].GetType().Name);
try { asObjects[0][0] = 42; } catch (ArrayTypeMismatchException) { Console.WriteLine("mismatch"); }
int[][][] deep = new int[2][][];
deep[1] = new int[3][];
deep[1][2] = new[] { 1, 2, 3 };
Console.WriteLine(deep[1][2][2] + " " + (deep[0] == null) + " " + (deep[1][0] == null));
var copy = (int[][])pascal.Clone();
copy[7][3] = -1;
Console.WriteLine(pascal[7][3] + " shallow");
Console.WriteLine(Array.Exists(sorted, x => x > 10) + " " + Array.TrueForAll(sorted, x => x % 2 == 1) + " " + Array.FindLastIndex(sorted, x => x < 6));
var filled = new int[5];
Array.Fill(filled, 7, 1, 3);
Console.WriteLine(string.Join(",", filled));
Console.WriteLine(string.Join(",", arr.Concat(sorted[..2]).Append(0).Prepend(-1)));
