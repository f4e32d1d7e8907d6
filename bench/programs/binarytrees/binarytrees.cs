// Binary trees: allocates and walks many short-lived and one long-lived
// perfect binary tree. Measures allocation and the garbage collector.
// Usage: binarytrees [maxDepth]   (default 16)
using System;

public sealed class TreeNode
{
    public TreeNode Left;
    public TreeNode Right;

    public TreeNode(TreeNode left, TreeNode right)
    {
        Left = left;
        Right = right;
    }

    public static TreeNode Build(int depth)
    {
        if (depth == 0) return new TreeNode(null, null);
        return new TreeNode(Build(depth - 1), Build(depth - 1));
    }

    public int Count()
    {
        if (Left == null) return 1;
        return 1 + Left.Count() + Right.Count();
    }
}

public static class BinaryTrees
{
    const int MinDepth = 4;

    public static int Main(string[] args)
    {
        int maxDepth = args.Length > 0 ? int.Parse(args[0]) : 16;
        if (maxDepth < MinDepth + 2) maxDepth = MinDepth + 2;

        long total = 0;
        int stretch = TreeNode.Build(maxDepth + 1).Count();
        total += stretch;

        TreeNode longLived = TreeNode.Build(maxDepth);

        for (int depth = MinDepth; depth <= maxDepth; depth += 2)
        {
            int iterations = 1 << (maxDepth - depth + MinDepth);
            long nodes = 0;
            for (int i = 0; i < iterations; i++)
                nodes += TreeNode.Build(depth).Count();
            total = total * 31 + nodes;
        }

        int lived = longLived.Count();
        total += lived;
        Console.WriteLine("binarytrees(" + maxDepth + ") stretch=" + stretch + " longlived=" + lived + " check=" + total);
        return 0;
    }
}
