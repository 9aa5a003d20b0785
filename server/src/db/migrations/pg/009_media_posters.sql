-- A still frame of each video, drawn by the console's browser (the server has no video decoder):
-- the video's thumbnail in the library and in the report's evidence appendix.
CREATE TABLE media_posters (
  media_id TEXT COLLATE "C" PRIMARY KEY REFERENCES media(id) ON DELETE CASCADE,
  jpeg BYTEA NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL
);
