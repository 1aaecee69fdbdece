CREATE INDEX post_title IF NOT EXISTS FOR (n:Post) ON (n.title);
