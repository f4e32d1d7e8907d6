// algorithms over stackalloc'd spans: sieve of Eratosthenes, in-place quicksort on Span<int>,
// a ring buffer over a Span<char>, binary conversion into a char span, and span-based
// integer formatting/parsing with no allocations in the loop
Span<bool> composite = stackalloc bool[200];
var primes = new List<int>();
for (int i = 2; i < composite.Length; i++)
{
    if (composite[i]) continue;
    primes.Add(i);
    for (int j = i * i; j < composite.Length; j += i) composite[j] = true;
}
Console.WriteLine(primes.Count + " " + string.Join(",", primes.TakeLast(5)));
Span<int> data = stackalloc int[] { 9, 3, 7, 1, 8, 2, 6, 4, 5, 0, 3, 7 };
QuickSort(data);
Console.WriteLine(string.Join(",", data.ToArray()));
Span<char> ring = stackalloc char[4];
int head = 0, count = 0;
foreach (char c in "abcdefg")
{
    ring[(head + count) % ring.Length] = c;
    if (count < ring.Length) count++; else head = (head + 1) % ring.Length;
}
var sb = new System.Text.StringBuilder();
for (int i = 0; i < count; i++) sb.Append(ring[(head + i) % ring.Length]);
Console.WriteLine(sb);
Span<char> bits = stackalloc char[32];
foreach (var v in new[] { 0, 5, 255, -1, int.MinValue })
{
    uint u = (uint)v;
    for (int i = 31; i >= 0; i--) { bits[i] = (char)('0' + (u & 1)); u >>= 1; }
    Console.WriteLine(bits.TrimStart('0').IsEmpty ? "0" : bits.TrimStart('0').ToString());
}
Span<char> num = stackalloc char[20];
long total = 0;
for (int i = 0; i < 1000; i++)
{
    (i * 37).TryFormat(num, out int w);
    total += int.Parse(num[..w]) + w;
}
Console.WriteLine(total);
static void QuickSort(Span<int> s)
{
    if (s.Length <= 1) return;
    int pivot = s[s.Length / 2], i = 0, j = s.Length - 1;
    while (i <= j)
    {
        while (s[i] < pivot) i++;
        while (s[j] > pivot) j--;
        if (i <= j) { (s[i], s[j]) = (s[j], s[i]); i++; j--; }
    }
    QuickSort(s[..(j + 1)]);
    QuickSort(s[i..]);
}
