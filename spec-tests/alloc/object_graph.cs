// a mutable object graph under allocation pressure: a binary tree with frequent insert/delete,
// cyclic references, arrays of structs holding references, and boxed values in object[]
var tree = new Tree();
var rng = new Lcg(12345);
for (int i = 0; i < 40000; i++)
{
    int k = rng.Next(5000);
    if (rng.Next(3) == 0) tree.Remove(k); else tree.Insert(k);
}
Console.WriteLine(tree.Count + " " + tree.Height() + " " + string.Join(",", tree.InOrder().Take(8)));
var ring = new Ring[1000];
for (int i = 0; i < ring.Length; i++) ring[i] = new Ring(i);
for (int i = 0; i < ring.Length; i++) ring[i].Next = ring[(i + 7) % ring.Length];
ring = new[] { ring[0] };
for (int i = 0; i < 100000; i++) _ = new Ring(-i);
int steps = 0; var r = ring[0];
do { r = r.Next!; steps++; } while (r != ring[0]);
Console.WriteLine(steps);
var pairs = new Pair[5000];
for (int i = 0; i < pairs.Length; i++) pairs[i] = new Pair(i, "s" + (i % 100));
for (int i = 0; i < 200000; i++) _ = new string('x', 20);
Console.WriteLine(pairs.Sum(p => p.Key) + " " + pairs[4999].Label + " " + pairs.Count(p => p.Label.Length == 3));
object[] boxes = new object[10000];
for (int i = 0; i < boxes.Length; i++) boxes[i] = i % 3 == 0 ? i : i % 3 == 1 ? (object)(i * 0.5) : (long)i;
long total = 0;
foreach (var b in boxes) total += b switch { int x => x, double y => (long)y, long z => z, _ => 0 };
Console.WriteLine(total);
struct Pair(int key, string label) { public int Key = key; public string Label = label; }
class Ring(int id) { public int Id = id; public Ring? Next; }
struct Lcg(uint seed) { uint s = seed; public int Next(int n) { s = s * 1664525 + 1013904223; return (int)((s >> 8) % (uint)n); } }
class Tree
{
    class N(int k) { public int K = k; public N? L, R; }
    N? root; public int Count;
    public void Insert(int k) { ref N? cur = ref root; while (cur != null) { if (k == cur.K) return; cur = ref (k < cur.K ? ref cur.L : ref cur.R); } cur = new N(k); Count++; }
    public void Remove(int k) { root = Rem(root, k); }
    N? Rem(N? n, int k)
    {
        if (n == null) return null;
        if (k < n.K) { n.L = Rem(n.L, k); return n; }
        if (k > n.K) { n.R = Rem(n.R, k); return n; }
        Count--;
        if (n.L == null) return n.R;
        if (n.R == null) return n.L;
        var m = n.R; while (m.L != null) m = m.L;
        n.K = m.K; Count++; n.R = Rem(n.R, m.K); return n;
    }
    public int Height() => H(root);
    static int H(N? n) => n == null ? 0 : 1 + Math.Max(H(n.L), H(n.R));
    public IEnumerable<int> InOrder() { var st = new Stack<N>(); var c = root; while (c != null || st.Count > 0) { while (c != null) { st.Push(c); c = c.L; } c = st.Pop(); yield return c.K; c = c.R; } }
}
