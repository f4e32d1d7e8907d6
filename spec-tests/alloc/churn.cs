// allocation pressure: millions of short-lived objects, strings and arrays while a long-lived
// structure grows; results are checksums, so a collector that frees live data or corrupts
// references changes the output
var keep = new List<int[]>();
long checksum = 0;
for (int i = 0; i < 300000; i++)
{
    var tmp = new int[i % 17 + 1];
    tmp[^1] = i;
    var node = new Node(i, new Node(i * 2, null));
    checksum += tmp[^1] + node.Next!.Value % 7;
    if (i % 1000 == 0) keep.Add(new[] { i, i * i % 9973 });
}
Console.WriteLine(checksum + " " + keep.Count + " " + keep.Sum(k => (long)k[1]));
string acc = "";
int strLen = 0;
for (int i = 0; i < 20000; i++)
{
    string s = "item" + i.ToString("D5");
    if (i % 2000 == 0) acc += s[^2..];
    strLen += s.Length;
}
Console.WriteLine(acc + " " + strLen);
var dict = new Dictionary<int, string>();
for (int round = 0; round < 20; round++)
{
    for (int i = 0; i < 2000; i++) dict[round * 2000 + i] = new string((char)('a' + i % 26), i % 10 + 1);
    for (int i = 0; i < 1900; i++) dict.Remove(round * 2000 + i);
}
Console.WriteLine(dict.Count + " " + dict.Values.Sum(v => v.Length) + " " + dict[39999]);
Node? chain = null;
for (int i = 0; i < 100000; i++) chain = new Node(i, chain);
long sum = 0;
for (var n = chain; n != null; n = n.Next) sum += n.Value;
Console.WriteLine(sum);
var big = new List<byte[]>();
for (int i = 0; i < 50; i++) { var blob = new byte[100_000]; blob[i] = (byte)i; if (i % 10 == 0) big.Add(blob); }
Console.WriteLine(big.Count + " " + big.Sum(b => b.Length) + " " + big[4][40]);
GC.Collect();
Console.WriteLine(keep[123][0] + " " + chain!.Value + " " + dict.First().Value);
record Node(int Value, Node? Next);
